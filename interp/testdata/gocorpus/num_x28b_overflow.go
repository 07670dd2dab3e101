package main

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strconv"
)

// Integer overflow wraps silently in Go. Check before it happens.

var ErrOverflow = errors.New("integer overflow")

func addInt64(a, b int64) (int64, error) {
	if b > 0 && a > math.MaxInt64-b {
		return 0, ErrOverflow
	}
	if b < 0 && a < math.MinInt64-b {
		return 0, ErrOverflow
	}
	return a + b, nil
}

func mulUint64(a, b uint64) (uint64, error) {
	hi, lo := bits.Mul64(a, b)
	if hi != 0 {
		return 0, ErrOverflow
	}
	return lo, nil
}

func toInt8(v int) (int8, error) {
	if v < math.MinInt8 || v > math.MaxInt8 {
		return 0, fmt.Errorf("toInt8(%d): %w", v, ErrOverflow)
	}
	return int8(v), nil
}

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)

	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)

	var i32 int32 = math.MaxInt32
	fmt.Println("MaxInt32+1 =", i32+1)

	big := int64(math.MaxInt64)
	fmt.Println("MaxInt64+1 =", big+1)

	fmt.Println(addInt64(math.MaxInt64, 1))
	fmt.Println(addInt64(math.MaxInt64-1, 1))
	fmt.Println(addInt64(math.MinInt64, -1))

	fmt.Println(mulUint64(1<<32, 1<<32))
	fmt.Println(mulUint64(1<<31, 1<<31))

	for _, v := range []int{100, 200, -129} {
		if r, err := toInt8(v); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrOverflow))
		} else {
			fmt.Println("ok:", r)
		}
	}

	// Conversions truncate.
	x := 300
	fmt.Println("byte(300) =", byte(x), "int8(200) =", int8(x-100))

	// Negating the minimum value stays negative.
	m := int16(math.MinInt16)
	fmt.Println("-MinInt16 =", -m)

	// Division truncates toward zero; % keeps the dividend's sign.
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)

	// Shifts beyond width yield zero.
	var s uint32 = 1
	shift := 33
	fmt.Println("1<<33 (uint32) =", s<<shift)

	// strconv detects range errors.
	_, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("func:", numErr.Func, "num:", numErr.Num, "err:", numErr.Err)
	}
	v, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(v, err)

	// Averaging without overflow.
	a, b := math.MaxInt32-1, math.MaxInt32-3
	ia, ib := int32(a), int32(b)
	fmt.Println("naive avg:", (ia+ib)/2, "safe avg:", ia+(ib-ia)/2)

	// bits helpers.
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.Len(1023))
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println("add with carry:", sum, carry)
}
