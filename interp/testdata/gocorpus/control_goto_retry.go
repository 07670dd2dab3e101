// Exercises: goto used for a retry loop and for jumping to a cleanup label.
package main

import "fmt"

func attempt(n int) bool { return n >= 3 }

func withRetry() int {
	tries := 0
retry:
	tries++
	if !attempt(tries) {
		fmt.Println("attempt", tries, "failed")
		goto retry
	}
	return tries
}

func process(xs []int) (out string) {
	i := 0
next:
	if i >= len(xs) {
		goto done
	}
	if xs[i] < 0 {
		out += "neg "
		goto done
	}
	out += fmt.Sprint(xs[i], " ")
	i++
	goto next
done:
	return out + "end"
}

func main() {
	fmt.Println("succeeded after", withRetry())
	fmt.Println(process([]int{1, 2, 3}))
	fmt.Println(process([]int{4, -1, 5}))
}
