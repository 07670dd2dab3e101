// go run: runtime error: slice bounds out of range [:3:2]
// gobackprop: runtime error: slice bounds out of range  (SILENT, both styles: the [:j:k] detail is missing; from coll_x19b_full_slice)
package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	s := []int{1, 2, 3}
	j, k := 3, 2
	_ = s[1:j:k]
}
