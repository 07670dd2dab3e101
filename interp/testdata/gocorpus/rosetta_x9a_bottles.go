// Exercises: 99 bottles with a switch on count, plural helper, labelled loop break
package main

import "fmt"

func bottles(n int) string {
	switch {
	case n == 0:
		return "no more bottles"
	case n == 1:
		return "1 bottle"
	default:
		return fmt.Sprintf("%d bottles", n)
	}
}

func main() {
	sung := 0
verses:
	for n := 99; n >= 0; n-- {
		if n > 3 && n < 97 {
			continue verses
		}
		fmt.Printf("%s of beer on the wall, %s of beer.\n", bottles(n), bottles(n))
		if n == 0 {
			fmt.Println("Go to the store and buy some more, 99 bottles of beer on the wall.")
			break verses
		}
		fmt.Printf("Take one down, pass it around, %s of beer on the wall.\n\n", bottles(n-1))
		sung++
	}
	fmt.Println("verses sung:", sung)
}
