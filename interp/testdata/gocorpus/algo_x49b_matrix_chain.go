package main

import (
	"fmt"
	"math"
)

type Chain struct {
	Dims []int
	m, s [][]int
}

func NewChain(dims ...int) *Chain {
	n := len(dims) - 1
	c := &Chain{Dims: dims}
	c.m = make([][]int, n+1)
	c.s = make([][]int, n+1)
	for i := range c.m {
		c.m[i] = make([]int, n+1)
		c.s[i] = make([]int, n+1)
	}
	return c
}

func (c *Chain) Order() int {
	p := c.Dims
	n := len(p) - 1
	for l := 2; l <= n; l++ {
		for i := 1; i <= n-l+1; i++ {
			j := i + l - 1
			c.m[i][j] = math.MaxInt
			for k := i; k < j; k++ {
				q := c.m[i][k] + c.m[k+1][j] + p[i-1]*p[k]*p[j]
				if q < c.m[i][j] {
					c.m[i][j] = q
					c.s[i][j] = k
				}
			}
		}
	}
	return c.m[1][n]
}

func (c *Chain) Parens(i, j int) string {
	if i == j {
		return fmt.Sprintf("A%d", i)
	}
	k := c.s[i][j]
	return "(" + c.Parens(i, k) + c.Parens(k+1, j) + ")"
}

func main() {
	c := NewChain(30, 35, 15, 5, 10, 20, 25)
	cost := c.Order()
	fmt.Println("min scalar multiplications:", cost)
	fmt.Println("parenthesization:", c.Parens(1, 6))
	n := len(c.Dims) - 1
	for i := 1; i <= n; i++ {
		for j := 1; j <= n; j++ {
			if j < i {
				fmt.Printf("%7s", "")
				continue
			}
			fmt.Printf("%7d", c.m[i][j])
		}
		fmt.Println()
	}
	small := NewChain(10, 100, 5, 50)
	fmt.Printf("%d %s\n", small.Order(), small.Parens(1, 3))
	fmt.Printf("%v\n", small.s[1][1:])
}
