// Exercises: Pic building [][]uint8 with make in nested loops, a func value parameter, uint8 overflow on conversion.
package main

import "fmt"

func Pic(dx, dy int) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = uint8(x * y * 37)
		}
	}
	return p
}

func checksum(f func(int, int) [][]uint8) (sum int) {
	for _, row := range f(16, 8) {
		for _, v := range row {
			sum += int(v)
		}
	}
	return
}

func main() {
	p := Pic(6, 4)
	for _, row := range p {
		fmt.Println(row)
	}
	fmt.Println(checksum(Pic))
	fmt.Printf("%v %x\n", p[3][5], p[2])
}
