// go run: body / recovered: true
// gobackprop: prints body, then ends with runtime.Error: runtime error: invalid memory address or nil pointer dereference - the panic of the deferred nil func call is not caught by the earlier deferred recover (both styles; from defer_x19b_named_results)
package main

import "fmt"

func main() {
	var f func()
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		defer f()
		fmt.Println("body")
	}()
}
