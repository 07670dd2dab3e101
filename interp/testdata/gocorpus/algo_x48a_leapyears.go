package main

import (
	"fmt"
	"strconv"
)

func isLeap(y int) bool {
	return y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if isLeap(year) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	default:
		return 31
	}
}

func dayOfYear(y, m, d int) int {
	n := d
	for i := 1; i < m; i++ {
		n += daysIn(i, y)
	}
	return n
}

func main() {
	years := []string{"1900", "2000", "2023", "2024", "21OO", "-4"}
	for _, s := range years {
		y, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		fmt.Printf("%5d leap=%v feb=%d\n", y, isLeap(y), daysIn(2, y))
	}
	count := 0
	for y := 1901; y <= 2000; y++ {
		if isLeap(y) {
			count++
		}
	}
	fmt.Println("leap years in 20th century:", count)
	fmt.Println(dayOfYear(2024, 12, 31), dayOfYear(2023, 3, 1), dayOfYear(2024, 3, 1))
	months := [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	for i, m := range months {
		fmt.Printf("%s:%d ", m, daysIn(i+1, 2024))
		if i == 5 {
			fmt.Println()
		}
	}
	fmt.Println()
}
