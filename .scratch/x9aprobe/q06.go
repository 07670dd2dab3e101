// Exercises: type switch with multi-type case keeps interface type, nil case, default
package main

import "fmt"

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v %T", v, v)
	case string:
		return "string of " + fmt.Sprint(len(v))
	case []int:
		return fmt.Sprint("slice ", len(v))
	case error:
		return "error " + v.Error()
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type S struct{}

func (S) String() string { return "S!" }

func main() {
	for _, x := range []interface{}{nil, 1, int64(2), "abc", []int{1}, fmt.Errorf("e"), S{}, 3.5, struct{}{}} {
		fmt.Println(describe(x))
	}
}
