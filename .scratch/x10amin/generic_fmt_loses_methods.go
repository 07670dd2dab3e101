// Go prints "$5/main.money": fmt inside a generic function sees T's String method and name; the session prints "5/int".
package main

import "fmt"

type money int

func (m money) String() string { return fmt.Sprintf("$%d", int(m)) }

func Show[T any](x T) string { return fmt.Sprintf("%v/%T", x, x) }

func main() {
	fmt.Println(Show(money(5)))
}
