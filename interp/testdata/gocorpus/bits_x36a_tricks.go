package main

import (
	"fmt"
	"math/bits"
)

func singleNumber(nums []int) int {
	x := 0
	for _, n := range nums {
		x ^= n
	}
	return x
}

func countBits(n int) []int {
	res := make([]int, n+1)
	for i := 1; i <= n; i++ {
		res[i] = res[i>>1] + i&1
	}
	return res
}

func isPowerOfTwo(n int) bool { return n > 0 && n&(n-1) == 0 }

func reverseBits(num uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | num&1
		num >>= 1
	}
	return r
}

func hammingWeight(n uint32) int {
	c := 0
	for n != 0 {
		n &= n - 1
		c++
	}
	return c
}

func missingNumber(nums []int) int {
	x := len(nums)
	for i, n := range nums {
		x ^= i ^ n
	}
	return x
}

// getSum adds without + using carries.
func getSum(a, b int32) int32 {
	for b != 0 {
		carry := uint32(a&b) << 1
		a ^= b
		b = int32(carry)
	}
	return a
}

// singleNumberII: every element appears three times except one.
func singleNumberII(nums []int32) int32 {
	var ones, twos int32
	for _, n := range nums {
		ones = (ones ^ n) &^ twos
		twos = (twos ^ n) &^ ones
	}
	return ones
}

func main() {
	fmt.Println(singleNumber([]int{4, 1, 2, 1, 2}))
	fmt.Println(countBits(5), countBits(0))
	for _, n := range []int{0, 1, 16, 218, 1 << 40} {
		fmt.Printf("%d pow2=%v\n", n, isPowerOfTwo(n))
	}
	r := reverseBits(0b00000010100101000001111010011100)
	fmt.Printf("%032b %d %d\n", r, r, bits.Reverse32(43261596))
	fmt.Println(hammingWeight(11), hammingWeight(0xFFFFFFFD), bits.OnesCount32(0xFFFFFFFD))
	fmt.Println(missingNumber([]int{3, 0, 1}), missingNumber([]int{9, 6, 4, 2, 3, 5, 7, 0, 1}))
	fmt.Println(getSum(1, 2), getSum(-2, 3), getSum(-7, -9))
	fmt.Println(singleNumberII([]int32{2, 2, 3, 2}), singleNumberII([]int32{0, 1, 0, 1, 0, 1, -99}))
	fmt.Printf("%08b %#x %o %X\n", byte(37), 255, 8, uint16(0xbeef))
	fmt.Println(bits.LeadingZeros64(1), bits.TrailingZeros(96), bits.Len(255))
	var mask uint8 = 0b1010_1010
	fmt.Printf("%08b %08b %08b\n", mask, ^mask, mask&^0b1111_0000)
}
