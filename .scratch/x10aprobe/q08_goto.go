package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto loop
	}
	n := 10
	for {
		n--
		if n%4 == 0 {
			goto done
		}
	}
done:
	fmt.Println("done at", n)
}
