// go run: new A1 (widget)
// gobackprop (both styles): panic(*mirror.AmbiguousError): a value stored in an interface could
// be any of main.SKU or string: the interpreter does not keep which one it is, and they print
// differently; convert it back to its type before printing it (v.(T)) ...
// (clear error, but a false refusal: a SKU with no methods prints exactly like a string under %s)
package main

import "fmt"

type SKU string

func record(format string, args ...any) string { return fmt.Sprintf(format, args...) }

func main() {
	fmt.Println(record("new %s (%s)", SKU("A1"), "widget"))
}
