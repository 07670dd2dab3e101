// Exercises: %v %+v %#v %T %6.3f %e %g %x %q %08.3f %-8s on structs, nested structs, pointers to structs, slices, maps and arrays
package main

import "fmt"

type Shape struct{ R, C int }

type Tensor struct {
	Name  string
	Shape Shape
	Data  []float64
	grad  *[]float64
}

type Hyper struct {
	LR     float64
	Reg    float32
	Epochs int
	Tags   map[string]bool
}

func main() {
	t := Tensor{Name: "W1", Shape: Shape{2, 2}, Data: []float64{0.1, -2.5, 3e-7, 1234.5}}
	fmt.Printf("%v\n%+v\n", t, t)
	fmt.Printf("%#v\n", t.Shape)
	fmt.Printf("%T %T %T %T %v\n", t, &t, t.Shape, t.Data, t.grad == nil)
	for _, v := range t.Data {
		fmt.Printf("[%6.3f] [%e] [%g] [%08.3f] [%.2E]\n", v, v, v, v, v)
	}
	h := Hyper{1e-3, 0.5, 10, map[string]bool{"svm": true, "adam": false}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Printf("%#v\n", h.Tags)
	p := &Shape{3, 4}
	fmt.Printf("%v %+v\n", p, p)
	arr := [3]Shape{{1, 2}}
	fmt.Printf("%v %#v\n", arr, arr[:1])
	fmt.Printf("[%-8s][%8s][%q][%x]\n", t.Name, t.Name, t.Name, t.Name)
	fmt.Printf("%v %d %t %c %U\n", []any{1, "a", nil, 2.5}, []int{1, 2}, true, 'W', 'W')
	fmt.Printf("%5.1f%%|%+d|% d|%x\n", 91.84, 7, 7, 255)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
}
