// close() takes effect at once, not when the loop next waits: a closed listener's port can
// be listened on again and refuses connections; a connection's peer sees it closed.
import std.net;
let l = net.listen("127.0.0.1", 0).await;
let port = l.port;
l.close();
let again = net.listen("127.0.0.1", port).await;
println("listening again:", again.port == port);
again.close();
println(try { net.connect("127.0.0.1", port).await } catch e { e.message == "connection refused: 127.0.0.1:" + str(port) });

let server = net.listen("127.0.0.1", 0).await;
let client = net.connect("127.0.0.1", server.port).await;
let accepted = server.accept().await;
accepted.close();
// Writing to a connection its peer closed fails within a few writes, no sleep needed.
let failed = nil;
for i in 0..2000 {
    failed = try { client.write("x").await; nil } catch e { e.message };
    if failed != nil { break; }
}
println("write failed:", failed != nil);
