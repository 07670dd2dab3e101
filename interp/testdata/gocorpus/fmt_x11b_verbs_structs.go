// Exercises: fmt verbs on structs and pointers (%v %+v %#v %T), Stringer vs GoStringer, width/precision flags, %x on strings and slices
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pt struct {
	X, Y int
	Tag  string
}

type Money int64

func (m Money) GoString() string { return fmt.Sprintf("Money(%d.%02d)", m/100, m%100) }

func main() {
	p := Pt{1, -2, "a"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", &p, &p, &p)
	ts := []Temp{21.5, -3}
	fmt.Printf("%v %s %.2f %T\n", ts, ts[0], float64(ts[1]), ts)
	m := map[string]Temp{"in": 20, "out": 5.25}
	fmt.Println(m)
	fmt.Printf("%#v %v %d\n", Money(12345), Money(5), Money(7))
	fmt.Printf("[%6.2f] [%-6d] [%06d] [%+d] [%x] [%X] [%o] [%b]\n", 3.14159, 42, 42, 42, 255, "hi", 8, 5)
	fmt.Printf("[%8s] [%-8s] [%.2s] [%q] [%v]\n", "go", "go", "gopher", 'g', []byte("ab"))
	var np *Pt
	fmt.Printf("%5t %v %v\n", true, nil, np)
	fmt.Printf("%e %g %G %.3g\n", 123456.789, 1e21, 1e-7, 2.0/3)
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"x", "y"})
	fmt.Printf("%d %v\n", []Temp{1}, [2]bool{true})
}
