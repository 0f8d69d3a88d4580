// A hundred children at once: more than a blocking pool's threads, and every one runs at the
// same time as the others (children run concurrently with every task, LANGUAGE.md 5.4).
import std.process;
let runs = [];
for i in 0..100 { runs.push(process.run("sh", ["-c", "sleep 0.3; echo " + str(i)])); }
let results = join_all(runs).await;
let right = 0;
for i in 0..100 {
    if results[i].code == 0 && results[i].stdout == str(i) + "\n" { right += 1; }
}
println(right, "of 100 children ran");
