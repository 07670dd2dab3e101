package main

import "fmt"

func a() (int, []string) {
	s := []string{"a"}
	return 1, append(s, "x")
}

func b() (int, int) {
	s := []string{"a"}
	return 1, len(s)
}

func c() (int, []int) { return 1, make([]int, 2) }

func d() (string, *int) { return "p", new(int) }

func e() (int, int) { return 1, max(3, 4) }

func f() (int, int, []int) {
	xs := []int{1}
	return 2, 3, append(xs, 4)
}

func g() (n int, xs []int) {
	n = 1
	return n, append(xs, 5)
}

func h() (int, complex128) { return 1, complex(1, 2) }

func main() {
	fmt.Println(a())
	fmt.Println(b())
	fmt.Println(c())
	x, p := d()
	fmt.Println(x, *p)
	fmt.Println(e())
	fmt.Println(f())
	fmt.Println(g())
	fmt.Println(h())
}
