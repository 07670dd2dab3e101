// Exercises: named results set by deferred recover when the function panics midway.
package main

import "fmt"

func parseDigits(s string) (total int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			ok = false
		}
	}()
	for _, ch := range s {
		if ch < '0' || ch > '9' {
			panic(fmt.Sprintf("bad char %q", ch))
		}
		total = total*10 + int(ch-'0')
	}
	return total, true
}

func main() {
	fmt.Println(parseDigits("1234"))
	fmt.Println(parseDigits("12x4"))
}
