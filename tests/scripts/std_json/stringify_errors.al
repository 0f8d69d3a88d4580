// json.stringify errors, each caught as an Error.
import std.json;

fn check(v) {
    let r = try { json.stringify(v) } catch e { typeof(e) + ": " + e.message };
    println(r);
}

// Values JSON has no form for; type names as typeof gives them.
check(|x| x);
check(println);
check([1, 2, |x| x]);
check({ok: 1, bad: {deeper: [fn_value]}});
fn fn_value() { 0 }
check(1s);
check([250ms]);
check(0..3);
check(sleep(1ms));
check(spawn(async { 1 }));
check(now());
let runtime_error = try { 1 / 0 } catch e { e };
check(runtime_error);

// Floats that are not numbers in JSON.
check(float("NaN"));
check([1.0, float("inf")]);
check({x: -float("inf")});

// Map keys must be strings.
fn keyed(k) { let m = {}; m[k] = 1; m }
check({1: "one"});
check(keyed(nil));
check(keyed(true));
check(keyed(2.5));
check(keyed(1s));
check(keyed(0..2));
let m = {a: 1};
m[2] = 2;
check([m]);

// A value that contains itself.
let l = [1, 2];
l.push(l);
check(l);
let a = {};
let b = {a: a};
a.b = [b];
check(a);
check([a]);

// The indent must be a non-negative Int.
fn check_indent(i) {
    let r = try { json.stringify([1], i) } catch e { typeof(e) + ": " + e.message };
    println(r);
}
check_indent(-1);
check_indent(-9223372036854775807 * 3);
check_indent(2.0);
check_indent("  ");
check_indent(nil);
check_indent(true);
println(try { json.stringify() } catch e { e.message });
println(try { json.stringify(1, 2, 3) } catch e { e.message });
println(try { json.parse() } catch e { e.message });
println(try { json.parse("1", "2") } catch e { e.message });
