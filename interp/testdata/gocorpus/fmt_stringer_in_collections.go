// Exercises: String methods used when printing slices, maps and struct fields of user types.
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	City string
	T    Temp
}

func main() {
	temps := []Temp{21.5, -3, 30.25}
	fmt.Println(temps)
	byCity := map[string]Temp{"Oslo": -3, "Rome": 24.4}
	fmt.Println(byCity)
	r := Reading{"Lima", 18}
	fmt.Println(r)
	fmt.Printf("%v | %+v\n", r, r)
	fmt.Println([]Reading{r, {"Cairo", 35}})
	keyed := map[Temp]string{1: "one", 2: "two"}
	fmt.Println(keyed)
}
