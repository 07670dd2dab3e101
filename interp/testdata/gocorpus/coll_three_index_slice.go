// Exercises: three-index slices limit capacity so append reallocates.
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	limited := s[1:3:3]
	fmt.Println(limited, len(limited), cap(limited))
	limited = append(limited, 100)
	fmt.Println(s, limited)
	unlimited := s[1:3]
	unlimited = append(unlimited, 200)
	fmt.Println(s, unlimited, cap(unlimited))
	arr := [5]string{"a", "b", "c", "d", "e"}
	sl := arr[2:4:5]
	fmt.Println(sl, len(sl), cap(sl))
}
