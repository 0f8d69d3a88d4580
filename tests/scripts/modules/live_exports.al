// A module's names are live: what its functions assign is what the importer reads next
// (as with JavaScript's and Python's modules), and assigning one from outside assigns the
// module's own variable.
import "./_lib/counter.al" as c;
println(c.count, c.log);
c.bump();
c.bump();
println(c.count, c.log);
c.bump_later().await;
println(c.count);
c.count = 100;
println(c.bump(), c.count);
println(c);
println(c.values());
for k in c { if k == "count" { println(k, c[k]) } }
