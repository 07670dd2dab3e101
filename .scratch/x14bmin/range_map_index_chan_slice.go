// go run: 1
// gobackprop, both styles: no output, error
//
//	"runtime.Error: runtime error: invalid memory address or nil pointer dereference"
//
// Ranging directly over a map index expression whose element type is a slice of channels
// (for _, ch := range subs["a"]). Same with []int elements, or with s := subs["a"]; range s: fine.
// Found in conc_x14b_pubsub.go (Broker.Publish ranging over b.subs[m.Topic]).
package main

import "fmt"

func main() {
	subs := map[string][]chan int{"a": {make(chan int, 1)}}
	for _, ch := range subs["a"] {
		fmt.Println(cap(ch))
	}
}
