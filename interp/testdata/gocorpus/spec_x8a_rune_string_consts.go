// Exercises: rune and string constants - escapes, string(rune) constants, len of constant strings
package main

import "fmt"

const greet = "héllo"
const r = 'é'
const tab = '\t'
const hexStr = "\x41\u00e9\U0001F600"

func main() {
	fmt.Println("len of constant string (bytes):", len(greet))
	fmt.Println("rune value:", r, string(r))
	fmt.Println("tab rune:", tab)
	fmt.Println("hex string:", hexStr, len(hexStr))
	const n = len(greet)
	var arr [n]byte
	fmt.Println("array sized by constant len:", len(arr))
	fmt.Println("raw string keeps backslash:", `a\nb`, len(`a\nb`))
	fmt.Println("index constant string:", greet[1], greet[0])
	fmt.Println("string of rune constant:", string(rune(65+2)))
}
