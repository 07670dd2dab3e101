package main

import "fmt"

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func fib(n int, memo map[int]int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fib(n-1, memo) + fib(n-2, memo)
	return memo[n]
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, fmt.Sprintf("%s->%s", from, to))
	hanoi(n-1, via, to, from, moves)
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func main() {
	for i := 0; i <= 10; i++ {
		fmt.Printf("%2d! = %8d\n", i, factorial(i))
	}
	memo := map[int]int{}
	for i := 0; i < 15; i++ {
		fmt.Print(fib(i, memo), " ")
	}
	fmt.Println()
	fmt.Println("fib(80) =", fib(80, memo))
	fmt.Println("gcd(84, 36) =", gcd(84, 36))
	fmt.Println("2^10 =", power(2, 10), "3^13 =", power(3, 13))
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves)
	fmt.Println("sumDigits(98765) =", sumDigits(98765))
}
