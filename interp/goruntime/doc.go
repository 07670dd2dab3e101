// Package runtime holds stand-ins for the dynamic types of Go's runtime
// errors, for the panics the session raises where yaegi raised its own
// message or error: a cell's recover then gets a value that prints as
// Go's - %v its message, %T runtime.boundsError, *runtime.TypeAssertionError,
// runtime.errorString or runtime.plainError - and that is a runtime.Error.
//
// The package is named runtime, unlike its directory, because %T prints
// a type's package name.
package runtime
