// recover_assert_anon_iface: a recovered runtime panic asserted to an anonymous interface
// interface{ RuntimeError() } (the usual way to test for runtime.Error without importing runtime).
// From errors_x20b_panic_recover.go (both styles); the cell stops, later output lost.
// go run: 0 caught runtime error: runtime error: integer divide by zero
// gobackprop: prints nothing; the cell ends with
// Unsupported: a value of type runtime.errorString, which has the methods of interface{RuntimeError()},
// asserted to that interface of the notebook: gobackprop cannot hold a value of that compiled type in it; ...
// (clear error; in Go the assertion succeeds and the program goes on.)
// Known family: KNOWN lists panic_x14a_safe_calc and errors_x16a_exceptions with this message;
// reductions .scratch/x14amin/errors_as_runtime_error_iface.go, .scratch/x16amin/errors_as_runtime_iface.go.
package main

import "fmt"

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(interface{ RuntimeError() }); ok {
				err = fmt.Errorf("caught runtime error: %v", r)
			}
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(divide(1, 0))
}
