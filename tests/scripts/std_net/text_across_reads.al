// Multi-byte characters split between packets arrive whole; peer and port are known.
import std.net;
let listener = net.listen("127.0.0.1", 0).await;
let text = "é€😀";
for i in 0..15 { text = text + text; }
spawn(async {
    let conn = listener.accept().await;
    println("peer is on 127.0.0.1:", conn.peer.starts_with("127.0.0.1:"));
    conn.write(text).await;
    conn.close();
});
let conn = net.connect("127.0.0.1", listener.port).await;
println(conn.peer == "127.0.0.1:" + str(listener.port), listener.port > 0, typeof(conn), typeof(listener));
let got = "";
loop { let c = conn.read().await; if c == nil { break; } got = got + c; }
println(len(got), got == text);
