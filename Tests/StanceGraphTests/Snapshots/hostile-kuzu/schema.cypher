// stancegraph's graph as Kùzu tables; run before load.cypher.
CREATE NODE TABLE Node(id STRING PRIMARY KEY, labels STRING[], kind STRING, label STRING, subtype STRING, side STRING, aliases STRING, description STRING, roles STRING, title STRING, publisher STRING, published STRING, url STRING, file STRING, notes STRING);
CREATE REL TABLE Edge(FROM Node TO Node, id STRING, type STRING, stance BOOLEAN, label STRING, target_edge STRING, sources STRING[], date STRING, attribution STRING, quote STRING, paraphrase BOOLEAN, confidence DOUBLE, valid_from STRING, valid_until STRING, provenance_count INT64, provenance STRING, notes STRING);
CREATE REL TABLE ClaimStep(FROM Node TO Node, claim STRING, leg STRING);
