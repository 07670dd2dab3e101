// go run: interface conversion: main.Shape is nil, not main.Rect
// gobackprop: interface conversion: interface {} is nil, not struct { W float64; H float64 }  (SILENT, both styles; from iface_x19b_type_switch)
package main

import "fmt"

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	defer func() { fmt.Println(recover()) }()
	var sh Shape
	_ = sh.(Rect)
}
