// Exercises: labelled break and continue out of nested loops (pair and triple summing to 2020), goto-free search with found flags, a break in a switch inside a for.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const report = "1721\n979\n366\n299\n675\n1456"

func main() {
	var nums []int
	for _, f := range strings.Fields(report) {
		n, _ := strconv.Atoi(f)
		nums = append(nums, n)
	}
	pair := 0
outer:
	for i, a := range nums {
		for _, b := range nums[i+1:] {
			if a+b == 2020 {
				pair = a * b
				break outer
			}
		}
	}
	fmt.Println("pair", pair)
	triple := 0
search:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] > 2020 {
				continue search
			}
			for k := j + 1; k < len(nums); k++ {
				if nums[i]+nums[j]+nums[k] == 2020 {
					triple = nums[i] * nums[j] * nums[k]
					break search
				}
			}
		}
	}
	fmt.Println("triple", triple)
	count := 0
rows:
	for r := 0; r < 5; r++ {
		for c := 0; c < 5; c++ {
			switch {
			case c > r:
				continue rows
			case r == 4:
				break rows
			case c == 2:
				//lint:ignore SA4011 the point: a bare break leaves the switch only
				break
			default:
				count++
			}
		}
	}
	fmt.Println("count", count)
}
