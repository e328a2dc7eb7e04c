//go:build !unix

package fileio

const openFlags = 0
