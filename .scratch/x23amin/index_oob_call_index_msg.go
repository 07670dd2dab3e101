// Index out of range where the index is a function call result: the recovered runtime
// error loses its "[5] with length 3" detail. (arr[i] with a variable i is fine.)
// go run:      runtime error: index out of range [5] with length 3
// gobackprop:  runtime error: index out of range   (both styles; SILENT WRONG ANSWER)
// From errors_x23a_panic_interp.go (arr[m.value(f[2])] inside a recovered interpreter).
package main

import "fmt"

func five() int { return 5 }

func main() {
	defer func() { fmt.Println(recover()) }()
	arr := []int{10, 20, 30}
	x := arr[five()]
	fmt.Println(x)
}
