// go run: true false
// gobackprop (both styles): CompileError: a type assertion to interface{ Rename(string) } of a
// value that may hold a Bird (not a pointer), whose method set lacks the pointer-receiver methods
// is not supported by gobackprop: assert the concrete type ... (clear error)
package main

import "fmt"

type Namer interface{ Name() string }

type base struct{ name string }

func (b base) Name() string     { return b.name }
func (b *base) Rename(n string) { b.name = n }

type Dog struct{ base }
type Bird struct{ base }

func main() {
	for _, a := range []Namer{&Dog{}, Bird{}} {
		_, ok := a.(interface{ Rename(string) })
		fmt.Print(ok, " ")
	}
	fmt.Println()
}
