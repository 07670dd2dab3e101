// Go prints:      struct { name string; isGood bool }
// Session prints: struct { Xname string; XisGood bool }
// Styles: both (program and notebook). Kind: SILENT.
// %T of an anonymous struct with unexported fields shows renamed fields.
package main

import "fmt"

func main() {
	dog := struct {
		name   string
		isGood bool
	}{"Rex", true}
	fmt.Printf("%T\n", dog)
}
