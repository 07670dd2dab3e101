package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[2] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl[2] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	pa := &[3]int{1, 2, 3}
	for i, v := range pa {
		if i == 0 {
			pa[2] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	grid := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		row[0] = 9
	}
	fmt.Println(grid)
	s := []int{1, 2}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)
	m := map[[2]int]string{{1, 2}: "a"}
	fmt.Println(m[[2]int{1, 2}])
}
