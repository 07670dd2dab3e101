// Compile error: value type used as interface when the method has a pointer receiver.
// Expected: Buf does not implement Resetter (method Reset has pointer receiver)
package main

import "fmt"

type Resetter interface{ Reset() }

type Buf struct{ data []byte }

func (b *Buf) Reset() { b.data = b.data[:0] }

func main() {
	b := Buf{data: []byte("x")}
	var r Resetter = b
	r.Reset()
	fmt.Println(len(b.data))
}
