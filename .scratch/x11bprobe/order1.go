package main

import "fmt"

var trace []string

func t(s string, v int) int { trace = append(trace, s); return v }

func get() []int { trace = append(trace, "get"); return []int{1, 2, 3} }

type C struct{ n int }

func (c C) Show()   { fmt.Println("show", c.n) }
func (c *C) PShow() { fmt.Println("pshow", c.n) }

func pair() (int, int) { return 1, 2 }

func main() {
	s := []int{0, 0, 0}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)
	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)
	x := t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(x, trace)
	trace = nil
	for i := range get() {
		_ = i
	}
	fmt.Println(trace)
	c := C{1}
	defer c.Show()
	defer c.PShow()
	f := c.Show
	c.n = 2
	f()
	m := map[int]int{}
	m[len(m)] = len(m) + 10
	m[len(m)] = len(m) + 10
	fmt.Println(m)
	arr := []int{1, 2, 3}
	arr = append(arr[:1], arr[2:]...)
	fmt.Println(arr)
	n := 5
	n, k := pair()
	fmt.Println(n, k)
	var sw int
	switch y := t("sw", 3); {
	case y > 2:
		sw = y
		fallthrough
	case y > 100:
		sw *= 10
	}
	fmt.Println(sw)
	if v := 3; v > 2 {
		v := v * 2
		fmt.Println(v)
	} else if w := v + 1; w > 0 {
		fmt.Println(w)
	}
	c.n = 3
}
