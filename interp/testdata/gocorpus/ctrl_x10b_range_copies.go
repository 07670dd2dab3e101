// Exercises: range over arrays copies the array, range value is a copy of struct elements, range over a pointer to array, range over int and over a string of bytes, modifying a slice while ranging
package main

import "fmt"

type item struct {
	name string
	qty  int
}

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array copy sees", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("pointer sees", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice sees", v)
		}
		if i == 0 {
			sl = append(sl, 4)
		}
	}
	fmt.Println(len(sl))
	items := []item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.qty *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].qty *= 10
	}
	fmt.Println(items)
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	var n8 int8 = 3
	for i := range n8 {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	m := map[string]int{"x": 1}
	for k := range m {
		m[k+"!"] = 0
		delete(m, k)
		break
	}
	fmt.Println(len(m))
	ptrs := []*item{}
	for _, it := range items {
		ptrs = append(ptrs, &it)
	}
	fmt.Println(ptrs[0].name, ptrs[1].name, ptrs[0] != ptrs[1])
}
