// x8b: Go prints [3 4] and [[1 2] [3 4]]; notebook style: CFG post-order panic (mat[1] where mat shadows the pre-imported package).
package main

import "fmt"

func main() {
	mat := [][]int{{1, 2}, {3, 4}}
	y := mat[1]
	fmt.Println(y)
	fmt.Println(mat)
}
