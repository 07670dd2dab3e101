package main

import "fmt"

func f(n int) (res int) {
	defer func(k int) { res += k }(n * 10)
	n = 100
	return n
}

func g() (out []string) {
	for i := 0; i < 3; i++ {
		defer func(s string) { out = append(out, s) }(fmt.Sprint("d", i))
	}
	return []string{"start"}
}

type acc struct{ total int }

func (a *acc) add(n int) { a.total += n }

func h() int {
	a := &acc{}
	x := 1
	defer a.add(x)
	x = 50
	a.add(x)
	return a.total
}

func main() {
	fmt.Println(f(2), g(), h())
}
