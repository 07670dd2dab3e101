// Exercises: equal values of different named numeric types compared through any and used as map[any] keys, a set of mixed kinds
package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type UserID int
type OrderID int

func main() {
	var a, b any = Celsius(1), Fahrenheit(1)
	fmt.Println(a == b, a == any(Celsius(1)), a == any(1.0))
	seen := map[any]string{}
	seen[UserID(7)] = "user"
	seen[OrderID(7)] = "order"
	seen[7] = "int"
	fmt.Println(len(seen), seen[UserID(7)], seen[OrderID(7)], seen[7])
	ids := []any{UserID(1), OrderID(1), 1, UserID(1)}
	dups := 0
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			if ids[i] == ids[j] {
				dups++
			}
		}
	}
	fmt.Println("dups", dups)
}
