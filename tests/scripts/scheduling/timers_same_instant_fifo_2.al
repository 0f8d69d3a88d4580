// flags: --virtual-time
async fn at(d, name) { sleep(d).await; println(name); }
let ts = [spawn(at(100ms, "first set")), spawn(at(50ms, "earliest")), spawn(at(100ms, "second set")), spawn(at(100ms, "third set"))];
for t in ts { t.await; }
