// Exercises: failing single-value type assertion panics; comma-ok form; recover of the panic
package main

import "fmt"

func asInt(v any) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return v.(int), nil
}

func main() {
	fmt.Println(asInt(5))
	fmt.Println(asInt("five"))
	var v any = 2.5
	f, ok := v.(float64)
	s, ok2 := v.(string)
	fmt.Println(f, ok, s == "", ok2)
}
