// flags: --virtual-time
let ch = channel();
ch.send(1).await;
ch.send(2).await;
println("len", ch.len());
println(ch.recv().await, ch.recv().await);
ch.close();
println(ch.recv().await);
