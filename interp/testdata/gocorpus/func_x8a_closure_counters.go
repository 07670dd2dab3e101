// Exercises: closures - independent counters capture their own variables; closures sharing one variable
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func pair() (inc func(), get func() int) {
	v := 0
	inc = func() { v += 10 }
	get = func() int { return v }
	return
}

func main() {
	c1 := counter()
	c2 := counter()
	c1()
	c1()
	fmt.Println("independent:", c1(), c2())
	inc, get := pair()
	inc()
	inc()
	fmt.Println("shared variable:", get())
	x := 1
	add := func(d int) { x += d }
	add(5)
	fmt.Println("closure modifies outer:", x)
	var fns [3]func() string
	for i, s := range []string{"a", "b", "c"} {
		fns[i] = func() string { return s + fmt.Sprint(i) }
	}
	fmt.Println("captured per iteration:", fns[0](), fns[1](), fns[2]())
}
