// An unbounded channel: send never waits; values come out in order; len() counts them.
let ch = channel();
println(typeof(ch.send(0)));
for i in 1..=5 {
    ch.send(i * i).await;
}
println("len", ch.len());
let a = ch.recv().await;
let b = ch.recv().await;
println(a, b, "len", ch.len());
ch.close();
let rest = [];
let v = ch.recv().await;
while v != nil {
    rest.push(v);
    v = ch.recv().await;
}
println(rest, ch.len());
println(ch.recv().await);
