// Run from this folder, after schema.cypher.
COPY Node FROM 'nodes.csv' (HEADER=true, PARALLEL=false);
COPY Edge FROM 'edges.csv' (HEADER=true, PARALLEL=false);
COPY ClaimStep FROM 'claim-steps.csv' (HEADER=true);
