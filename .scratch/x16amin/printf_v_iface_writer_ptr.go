// go run:      *main.countingWriter &{n:0}
// gobackprop:  *main.countingWriter {IValue:0x... WWrite:0x53f080}   (SILENT, both styles)
//              %+v (also %v) of an io.Writer holding a pointer to a struct the program declares prints
//              yaegi's interface wrapper. In the full program (iface_x16a_sorter.go), where the pointer
//              had also gone through io.MultiWriter, the same Printf instead ended in the clear error
//              "panic(*errors.errorString): the type of this value is lost: ..." (both styles).

package main

import (
	"fmt"
	"io"
)

type countingWriter struct{ n int }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

func main() {
	var w io.Writer = &countingWriter{}
	fmt.Printf("%T %+v\n", w, w)
}
