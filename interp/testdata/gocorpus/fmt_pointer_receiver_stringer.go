// Exercises: String defined on pointer receiver is used for pointers but not for values.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) String() string {
	return fmt.Sprintf("%s has $%d", a.Owner, a.Balance)
}

func main() {
	a := Account{"Ann", 100}
	fmt.Println(&a)
	fmt.Println(a)
	fmt.Printf("%v %s\n", &a, &a)
	accts := []*Account{{"Bo", 5}, {"Cy", 7}}
	fmt.Println(accts)
	vals := []Account{{"Di", 1}}
	fmt.Println(vals)
}
