/**
 * The files other tools read: openstacksdk's clouds.yaml (and secure.yaml), AWS CLI profiles, rclone remotes, and
 * the S3 environment scripts, each with the entry that "Add to my …" merges into the user's own file.
 */
package io.github.cloudmckeys.render.config;
