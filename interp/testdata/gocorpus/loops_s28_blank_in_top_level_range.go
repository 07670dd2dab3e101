package main

import "fmt"

func f(i int) error { return nil }

func main() {
	xs := []string{"a", "b", "c"}
	for i, _ := range xs {
		_ = f(i)
		fmt.Print(i)
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2}
	n := 0
	for _, v := range m {
		_ = fmt.Sprint(v)
		n += v
	}
	fmt.Println(n)
	for _, r := range "héllo" {
		_ = r + 1
		fmt.Print(string(r))
	}
	fmt.Println()
	for _ = range 3 {
		_ = "x"
		fmt.Print(".")
	}
	fmt.Println()
}
